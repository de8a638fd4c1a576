package dk.samvirke.accounts;

import dk.samvirke.accounts.PersonalData.ParticipationData;
import dk.samvirke.accounts.PersonalData.PersonData;
import java.util.List;
import java.util.Optional;

/**
 * The registry's record of the person with an account's e-mail address, for the personal data
 * download. The people module provides it: people already depend on accounts (for who may edit
 * them), so the accounts module asks through this interface instead of depending back.
 */
public interface RegistryPersonRecords {

    Optional<PersonData> person(String email);

    List<ParticipationData> participations(String email);
}
