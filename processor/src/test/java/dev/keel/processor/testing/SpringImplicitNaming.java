package dev.keel.processor.testing;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit naming Spring Boot configures ({@code SpringImplicitNamingStrategy}): JPA's rules,
 * except that a join table is named {@code <owning table>_<owning attribute>}. Written here so the
 * oracle needs no Spring.
 */
public final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

  private static final long serialVersionUID = 1L;

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name =
        source.getOwningPhysicalTableName()
            + "_"
            + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
