package se.esp.application.port.in.matching;

import se.esp.application.security.ActingUser;

public interface RequestDailyMatchingUseCase {

    /**
     * Time passing changes matching's results without any change being recorded: a competence expires, an earliest
     * start arrives. The first call on a day (the platform clock's date, UTC) records a matching request; every later
     * call that day — from this server or any other on the database — requests nothing. Does not run matching: the
     * caller runs the pending requests ({@code MatchingTrigger#runRequested}) as it does anyway. Platform
     * administrators only (the platform's sweep acts as {@link ActingUser#system}).
     *
     * @return whether this call requested the day's run
     */
    boolean requestDailyRun(ActingUser actor);
}
