-- Party organisations attached to a chamber point at it for real; the chamber cannot be deleted
-- while they do.
alter table party_organisation
    add constraint party_organisation_chamber_fk foreign key (chamber_id) references chamber (id);
