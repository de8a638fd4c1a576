package dk.samvirke;

import dk.samvirke.catalogue.publiccode.PubliccodeCommand;
import dk.samvirke.importing.ImportCommand;
import dk.samvirke.operations.BackupCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SamvirkeApplication {

    public static void main(String[] args) {
        // The first argument names a command; without one, the web application starts.
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case ImportCommand.NAME -> System.exit(ImportCommand.run(SamvirkeApplication.class, args));
            case BackupCommand.BACKUP, BackupCommand.RESTORE -> System.exit(BackupCommand.run(args, System.out, System.err));
            // Validation needs no database and no Spring context: it answers in a fraction of a second.
            case "publiccode" -> System.exit(PubliccodeCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
            default -> SpringApplication.run(SamvirkeApplication.class, args);
        }
    }
}
