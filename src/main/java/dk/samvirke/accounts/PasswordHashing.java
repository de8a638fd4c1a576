package dk.samvirke.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Also in commands without a web server: the import command's context holds the accounts module too. */
@Configuration
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix keeps existing hashes working if the default ever moves to Argon2.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
