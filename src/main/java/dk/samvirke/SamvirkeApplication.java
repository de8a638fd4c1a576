package dk.samvirke;

import dk.samvirke.importing.ImportCommand;
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
            default -> SpringApplication.run(SamvirkeApplication.class, args);
        }
    }
}
