package dev.keel.bench.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Wires the entities of the {@code relations} shape: entity {@code i} has a {@code @ManyToOne} to
 * {@code owner(i)}, where {@code owner} is a seeded permutation without fixed points, so every
 * entity also has exactly one {@code @OneToMany(mappedBy)} back (from the entity whose owner it
 * is); and a {@code @ManyToMany} to another seeded entity through a join table of its own.
 */
final class RelationPlanner {

  private static final List<String> MANY_TO_ONE_NAMES =
      List.of("owner", "parent", "account", "origin", "holder");
  private static final String JPA = "jakarta.persistence.";

  private final List<String> classNames;
  private final int[] owner;
  private final int[] ownedBy;
  private final int[] linked;
  private final String[] manyToOneName;

  RelationPlanner(List<String> classNames, long seed) {
    this.classNames = List.copyOf(classNames);
    int n = classNames.size();
    if (n < 2) {
      throw new IllegalArgumentException("The relations shape needs at least 2 entities");
    }
    Random random = new Random(seed ^ 0x5DEECE66DL);
    owner = derangement(n, random);
    ownedBy = new int[n];
    for (int i = 0; i < n; i++) {
      ownedBy[owner[i]] = i;
    }
    linked = new int[n];
    manyToOneName = new String[n];
    for (int i = 0; i < n; i++) {
      linked[i] = (i + 1 + random.nextInt(n - 1)) % n;
      manyToOneName[i] = MANY_TO_ONE_NAMES.get(random.nextInt(MANY_TO_ONE_NAMES.size()));
    }
  }

  /** The relation attributes of entity {@code i}. */
  List<Attribute> attributes(int i) {
    List<Attribute> result = new ArrayList<>();
    String self = classNames.get(i).toLowerCase(Locale.ROOT);
    String name = manyToOneName[i];
    result.add(
        Attribute.of(
            classNames.get(owner[i]),
            name,
            List.of(JPA + "FetchType", JPA + "JoinColumn", JPA + "ManyToOne"),
            "@ManyToOne(fetch = FetchType.LAZY)",
            "@JoinColumn(name = \"" + name + "_id\")"));
    int child = ownedBy[i];
    result.add(
        new Attribute(
            List.of("@OneToMany(mappedBy = \"" + manyToOneName[child] + "\")"),
            "List<" + classNames.get(child) + ">",
            lowerFirst(classNames.get(child)) + "s",
            "new ArrayList<>()",
            List.of(JPA + "OneToMany", "java.util.ArrayList", "java.util.List")));
    result.add(
        new Attribute(
            List.of(
                "@ManyToMany",
                "@JoinTable(name = \""
                    + self
                    + "_links\", joinColumns = @JoinColumn(name = \""
                    + self
                    + "_id\"), inverseJoinColumns = @JoinColumn(name = \"linked_id\"))"),
            "Set<" + classNames.get(linked[i]) + ">",
            "links",
            "new HashSet<>()",
            List.of(
                JPA + "JoinColumn",
                JPA + "JoinTable",
                JPA + "ManyToMany",
                "java.util.HashSet",
                "java.util.Set")));
    return result;
  }

  private static int[] derangement(int n, Random random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    // Sattolo's shuffle: a single cycle through all n, so no entity owns itself
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
