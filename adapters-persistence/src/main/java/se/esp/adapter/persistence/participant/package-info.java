/**
 * Where participants and the personal-data audit log are stored; the name, the identity number and the contact
 * are encrypted at rest (AES-GCM, {@link se.esp.adapter.persistence.participant.PersonalDataCipher}).
 */
package se.esp.adapter.persistence.participant;
