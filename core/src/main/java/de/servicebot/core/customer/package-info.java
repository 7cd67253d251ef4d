/**
 * Customers (Kunden) and their contact persons (Ansprechpartner). A ticket names both; the contact's language and
 * e-mail decide how the customer is told that the support request was received.
 */
package de.servicebot.core.customer;
