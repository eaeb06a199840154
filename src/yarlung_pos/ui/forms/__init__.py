"""Forms shared by the first-run setup window and the back office: enrolment with the county
office (:mod:`.enrol`) and catalogue import from CSV files (:mod:`.catalogue_import`)."""
