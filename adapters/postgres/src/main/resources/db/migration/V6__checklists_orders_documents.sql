-- Checklist templates per ticket type. A change adds the next revision; revisions are never updated, so the
-- checklists started from an earlier one are not touched.
create table checklist_template (
    id         uuid         primary key,
    type_id    uuid         not null references ticket_type (id),
    name       varchar(120) not null,
    revision   int          not null check (revision > 0),
    changed_by uuid         not null references staff (id),
    changed_at timestamp with time zone not null,
    constraint checklist_template_revision_key unique (type_id, name, revision)
);

create table checklist_template_item (
    template_id    uuid          not null references checklist_template (id),
    position       int           not null,
    text           varchar(500)  not null,
    required       boolean       not null,
    in_order       boolean       not null,
    note_required  boolean       not null,
    evidence_label varchar(80),
    primary key (template_id, position)
);

-- A ticket's checklist, a copy of its template's points with the state of each. The version guards the whole list:
-- two people ticking at once cannot both save on the same version.
create table checklist (
    id        uuid         primary key,
    seq       bigint       generated always as identity,
    ticket_id uuid         not null references ticket (id),
    name      varchar(120) not null,
    version   bigint       not null
);
create index checklist_ticket_idx on checklist (ticket_id, seq);

create table checklist_item (
    checklist_id   uuid          not null references checklist (id),
    position       int           not null,
    text           varchar(500)  not null,
    required       boolean       not null,
    in_order       boolean       not null,
    note_required  boolean       not null,
    evidence_label varchar(80),
    done_by        uuid references staff (id),
    done_at        timestamp with time zone,
    note           varchar(2000),
    evidence       varchar(200),
    primary key (checklist_id, position),
    constraint checklist_item_done check ((done_by is null) = (done_at is null))
);

-- Documents kept with tickets (PDF only); the content is stored in the database so that it is backed up with it.
create table document (
    id           uuid         primary key,
    file_name    varchar(205) not null,
    content_type varchar(100) not null,
    size         int          not null,
    content      bytea        not null,
    stored_at    timestamp with time zone not null
);

create table ticket_document (
    ticket_id   uuid not null references ticket (id),
    document_id uuid not null references document (id),
    attached_at timestamp with time zone not null default now(),
    primary key (ticket_id, document_id)
);

create table customer_order (
    id           uuid          primary key,
    number       varchar(40)   not null,
    customer_id  uuid          not null references customer (id),
    agreements   varchar(4000) not null,
    received_at  timestamp with time zone not null,
    document_id  uuid references document (id),
    base_ticket  uuid references ticket (id),
    version      bigint        not null,
    constraint customer_order_number_key unique (number)
);

create table order_position (
    order_id uuid          not null references customer_order (id),
    position int           not null,
    article  varchar(300)  not null,
    quantity numeric(12, 3) not null check (quantity > 0),
    unit     varchar(40)   not null,
    primary key (order_id, position)
);

create table order_ticket (
    order_id  uuid not null references customer_order (id),
    position  int  not null,
    ticket_id uuid not null references ticket (id),
    primary key (order_id, position)
);
