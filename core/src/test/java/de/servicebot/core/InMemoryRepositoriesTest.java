package de.servicebot.core;

/** The in-memory fakes keep the same contract as the database, so tests against them can be trusted. */
class InMemoryRepositoriesTest extends RepositoryContract {

    @Override
    protected Repositories repositories() {
        return Repositories.inMemory();
    }
}
