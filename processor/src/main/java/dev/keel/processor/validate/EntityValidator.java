package dev.keel.processor.validate;

import dev.keel.processor.entity.AnnotationData;
import dev.keel.processor.entity.AttributeModel;
import dev.keel.processor.entity.EntityModel;
import dev.keel.processor.entity.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validation: decides what is wrong with the extracted entities before anything is mapped, and says
 * how to fix it. Pure; problems are returned, in entity and attribute order.
 */
public final class EntityValidator {

  private EntityValidator() {}

  /** Every problem in {@code scan}. */
  public static List<Problem> validate(ScanResult scan) {
    List<Problem> problems = new ArrayList<>();
    for (EntityModel type : scan.types().values()) {
      if (type.kind() == EntityModel.Kind.ENTITY && type.superclass().isEmpty() && !hasId(type)) {
        problems.add(Problem.at(type.position(), Diagnostics.MissingId, type.simpleName()));
      }
      for (AttributeModel a : type.attributes()) {
        attribute(type, a, problems);
      }
    }
    return problems;
  }

  private static boolean hasId(EntityModel entity) {
    return entity.attributes().stream().anyMatch(a -> a.has("Id") || a.has("EmbeddedId"));
  }

  private static void attribute(EntityModel owner, AttributeModel a, List<Problem> problems) {
    String label = owner.simpleName() + "." + a.name();
    if (!a.type().isResolved()) {
      problems.add(Problem.at(a.position(), Diagnostics.UnresolvedType, label));
      return;
    }
    Optional<AnnotationData> column = a.jpa("Column");
    if (column.isEmpty()) {
      return;
    }
    AnnotationData c = column.get();
    if (c.isSet("length") && c.integer("length", 255) <= 0) {
      problems.add(
          Problem.at(
              c.positionOf("length"), Diagnostics.InvalidLength, c.integer("length", 0), label));
    }
    int precision = c.integer("precision", 0);
    int scale = c.integer("scale", 0);
    boolean precisionSet = c.isSet("precision") && precision != 0;
    if ((c.isSet("precision") && (precision < 0 || precision > 1000))
        || (c.isSet("scale") && (scale < 0 || (precisionSet && scale > precision)))) {
      String at = c.isSet("scale") && scale < 0 ? "scale" : "precision";
      problems.add(
          Problem.at(c.positionOf(at), Diagnostics.InvalidPrecision, precision, scale, label));
    }
  }
}
