"""Sync with the county office: enrolment, exactly-once upload of the outbox, catalogue pull."""
