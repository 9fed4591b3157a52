package org.heard.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON endpoints live under {@code /api}; {@code web.xml} limits them to signed-in interviewers. */
@ApplicationPath("api")
public class HeardApi extends Application {}
