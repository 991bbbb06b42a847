package dev.keel.processor.entity;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code AttributeConverter} classes: which classes are converters (directly or through an
 * abstract base class) and the entity-side and database-side types they convert between.
 */
final class Converters {

  static final String CONVERTER = "jakarta.persistence.AttributeConverter";

  private final AnnotationReader annotations;
  private final TypeRefs typeRefs;

  Converters(AnnotationReader annotations, TypeRefs typeRefs) {
    this.annotations = annotations;
    this.typeRefs = typeRefs;
  }

  /** Whether the class carries {@code @Converter} or implements {@code AttributeConverter}. */
  boolean isConverter(TypeElement type) {
    return EntityScanner.hasJpa(type, "Converter")
        || typeRefs.supertypeNames(type).contains(CONVERTER);
  }

  /**
   * The converter, with the type arguments of the {@code AttributeConverter} it implements, seen
   * from this class; empty if it leaves them open.
   */
  Optional<ConverterModel> describe(TypeElement type) {
    DeclaredType converter = typeRefs.allSupertypes(type.asType()).get(CONVERTER);
    if (converter == null || converter.getTypeArguments().size() != 2) {
      return Optional.empty();
    }
    List<? extends TypeMirror> args = converter.getTypeArguments();
    boolean autoApply =
        annotations
            .find(type, EntityScanner.JPA + "Converter")
            .map(c -> c.bool("autoApply", false))
            .orElse(false);
    return Optional.of(
        new ConverterModel(
            type.getQualifiedName().toString(),
            typeRefs.describe(args.get(0)),
            typeRefs.describe(args.get(1)),
            autoApply));
  }
}
