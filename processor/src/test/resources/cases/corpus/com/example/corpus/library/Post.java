package com.example.corpus.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.List;
import java.util.Set;

@Entity
public class Post {
  @Id @GeneratedValue private Long id;

  @ManyToMany private Set<Tag> tags;

  @ManyToMany private List<Category> categories;

  @ManyToMany private Set<Magazine> magazines;

  @ManyToMany
  @JoinTable(
      name = "post_related",
      joinColumns = @JoinColumn(name = "post_id"),
      inverseJoinColumns = @JoinColumn(name = "related_id"))
  private Set<Post> related;
}
