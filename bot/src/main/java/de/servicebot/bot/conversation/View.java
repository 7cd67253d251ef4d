package de.servicebot.bot.conversation;

/** Something to show the user; every text in it is localized and ready to display (channels escape it). */
public sealed interface View
        permits TextView, HelpView, TicketView, TicketListView, FormView, TimeSheetView, ChecklistView {}
