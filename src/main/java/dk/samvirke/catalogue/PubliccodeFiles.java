package dk.samvirke.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface PubliccodeFiles extends JpaRepository<PubliccodeFile, Long> {
}
