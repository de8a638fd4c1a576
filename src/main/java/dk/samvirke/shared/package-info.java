/** Building blocks every module uses: entity base, periods, coded enums. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.samvirke.shared;
