package org.shelfwise.catalog.transfer;

/** Where an import job is: waiting for a runner, being run, or ended one of three ways. */
enum ImportState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED
}
