package org.incasso.registry;

import java.util.List;

/**
 * A public register of companies searched by name. Implementations never throw for an
 * unavailable registry: no answer in time, an error status or an unreadable body is "no results".
 */
public interface CompanyRegistry {

    List<CompanySuggestion> search(String name);
}
