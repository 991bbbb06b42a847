package com.example.corpus.library;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;

  @ManyToOne private Author author;

  @ManyToOne
  @JoinColumn(name = "co_author_fk", foreignKey = @ForeignKey(name = "fk_book_coauthor"))
  private Author coAuthor;

  @ManyToOne(optional = false)
  private Publisher publisher;

  @OneToOne private Cover cover;

  @OneToOne(optional = false)
  @JoinColumn(name = "back_cover_id")
  private Cover backCover;

  @ManyToOne
  @JoinColumn(name = "pen_name_ref", referencedColumnName = "penName")
  private Author ghostWriter;

  @ManyToOne
  @JoinColumn(name = "editor_fk", nullable = false, foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Author editor;

  @ManyToOne private Shelf shelf;
}
