package org.heard.application.account;

/** The web sessions of signed-in staff; implemented by the web infrastructure. */
public interface SignedInSessions {

    /** Ends every session of the member of staff at once; returns how many were ended. */
    int endAll(long staffId);

    /**
     * Ends every session of the member of staff except the one of the current request, which stays signed in;
     * returns how many were ended.
     */
    int endOthers(long staffId);
}
