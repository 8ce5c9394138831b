package se.esp.application.port.out;

import java.util.List;

import se.esp.domain.matching.OpenDelivery;

/**
 * Every delivery that is planned or running, as matching needs it: each books its resource's weekly time, and
 * those not started with room can take more participants. Called inside {@link Transactions#inTransaction};
 * implemented by the deliveries area's storage.
 */
public interface OpenDeliveries {

    List<OpenDelivery> current();
}
