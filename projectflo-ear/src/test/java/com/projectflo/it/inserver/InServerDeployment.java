package com.projectflo.it.inserver;

import java.io.File;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive in-server tests run in: the EAR this build produced, minus its REST module, plus a
 * small web module holding the test classes. Tests therefore exercise the very EJB module,
 * persistence unit and libraries that ship, against the integration-test database. The only
 * addition to the EJB module is {@link TestPersistence}, which needs to sit next to the persistence
 * unit to inject it (Liberty does not resolve {@code jar#unit} references).
 */
final class InServerDeployment {

  static final String EJB_MODULE = "projectflo-ejb.jar";

  /** Lets test components reach the EJB module's persistence unit from the test web module. */
  static final String PERSISTENCE_UNIT = "../" + EJB_MODULE + "#projectflo";

  private static final String WEB_MODULE = "projectflo-web.war";
  private static final String TEST_MODULE = "projectflo-inserver-tests.war";

  private InServerDeployment() {}

  static EnterpriseArchive of(Class<?>... testClasses) {
    return of(new Class<?>[0], testClasses);
  }

  /**
   * Like {@link #of(Class[])}, with extra classes inside the EJB module (e.g. observers of events
   * the module fires, which must be beans of the firing module to be notified).
   */
  static EnterpriseArchive of(Class<?>[] ejbModuleClasses, Class<?>... testClasses) {
    File built = new File(System.getProperty("projectflo.it.ear", "target/projectflo.ear"));
    if (!built.isFile()) {
      throw new IllegalStateException("Build the EAR first (mvn package): " + built);
    }
    EnterpriseArchive shipped = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
    EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "projectflo-inserver.ear");
    for (Map.Entry<ArchivePath, Node> entry : shipped.getContent().entrySet()) {
      String path = entry.getKey().get();
      boolean replaced =
          path.equals("/" + WEB_MODULE)
              || path.equals("/" + EJB_MODULE)
              || path.equals("/META-INF/application.xml");
      if (entry.getValue().getAsset() != null && !replaced) {
        ear.add(entry.getValue().getAsset(), entry.getKey());
      }
    }
    ear.addAsModule(
        shipped
            .getAsType(JavaArchive.class, "/" + EJB_MODULE)
            .addClass(TestPersistence.class)
            .addClasses(ejbModuleClasses));
    ear.addAsModule(
        ShrinkWrap.create(WebArchive.class, TEST_MODULE)
            .addClasses(testClasses)
            .addClass(InServerDeployment.class));
    ear.setApplicationXML(new StringAsset(applicationXml()));
    return ear;
  }

  private static String applicationXml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <application xmlns="https://jakarta.ee/xml/ns/jakartaee"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/application_10.xsd"
                     version="10">
          <display-name>projectflo-inserver</display-name>
          <module><ejb>%s</ejb></module>
          <module>
            <web><web-uri>%s</web-uri><context-root>/projectflo-inserver-tests</context-root></web>
          </module>
          <library-directory>lib</library-directory>
        </application>
        """
        .formatted(EJB_MODULE, TEST_MODULE);
  }
}
