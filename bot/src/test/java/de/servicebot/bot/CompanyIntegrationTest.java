package de.servicebot.bot;

import de.servicebot.bot.local.DemoData;
import de.servicebot.core.catalog.CatalogRepository;
import de.servicebot.core.catalog.CatalogService;
import de.servicebot.core.customer.CustomerRepository;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.StaffRepository;
import de.servicebot.core.template.TextTemplateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application with the demo company in its database (types, categories, text templates, a few people),
 * for tests that walk through the process; each test adds the people and customers it looks at.
 */
public abstract class CompanyIntegrationTest extends BotIntegrationTest {

    @Autowired
    protected StaffRepository staff;

    @Autowired
    protected CustomerRepository customers;

    @Autowired
    protected CatalogRepository catalogRepository;

    @Autowired
    protected TextTemplateRepository templates;

    @Autowired
    protected CatalogService catalog;

    @Autowired
    protected Transactions transactions;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void demoCompany() {
        new DemoData(staff, customers, catalogRepository, templates, transactions).loadIfAbsent();
    }
}
