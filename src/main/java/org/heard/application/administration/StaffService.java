package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.StaffRepository;

/** Reads the caller's organisation's staff. */
@ApplicationScoped
public class StaffService {

    @Inject
    private StaffRepository staff;

    public List<StaffAccount> staff() {
        return staff.findAll();
    }
}
