/** Printing delivery notes as PDF (openhtmltopdf on PDFBox), behind core's {@code DeliveryNotePdf} port. */
package de.servicebot.adapter.pdf;
