package dk.samvirke.people;

import dk.samvirke.accounts.PersonalData.ParticipationData;
import dk.samvirke.accounts.PersonalData.PersonData;
import dk.samvirke.accounts.RegistryPersonRecords;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The person record and participations behind an account's e-mail, for the personal data download. */
@Component
@Transactional(readOnly = true)
class PersonRecordsForAccounts implements RegistryPersonRecords {

    private final People people;
    private final Participations participations;

    PersonRecordsForAccounts(People people, Participations participations) {
        this.people = people;
        this.participations = participations;
    }

    @Override
    public Optional<PersonData> person(String email) {
        return people.findByEmail(Person.normaliseEmail(email)).map(p -> new PersonData(p.getEmail(), p.getName(),
                p.getTitle(), p.getOrganisation() == null ? null : p.getOrganisation().getKey()));
    }

    @Override
    public List<ParticipationData> participations(String email) {
        return participations.findByPersonEmail(Person.normaliseEmail(email)).stream()
                .map(pa -> new ParticipationData(pa.getProduct() == null ? null : pa.getProduct().getKey(),
                        pa.getRole().code(), pa.getAllocation(), pa.getSince(), pa.getUntil()))
                .toList();
    }
}
