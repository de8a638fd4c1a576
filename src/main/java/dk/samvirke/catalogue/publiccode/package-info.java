/**
 * Reading, validating and writing publiccode.yml files. The public API is
 * {@link dk.samvirke.catalogue.publiccode.PubliccodeValidator}, {@link dk.samvirke.catalogue.publiccode.PubliccodeWriter},
 * {@link dk.samvirke.catalogue.publiccode.PubliccodeDocument} and the command line
 * {@link dk.samvirke.catalogue.publiccode.PubliccodeCommand}; everything else is package-private.
 */
@org.springframework.modulith.NamedInterface("publiccode")
package dk.samvirke.catalogue.publiccode;
