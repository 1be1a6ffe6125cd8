-- The demo data loader (qinqing.demo=true) runs once: this row says it has.
create table demo_data_load (
    id        int         primary key check (id = 1),
    loaded_at timestamptz not null default now(),
    seed      bigint      not null,
    members   int         not null
);
