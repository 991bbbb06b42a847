package com.example;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

@Entity
public class Playlist {
  @Id private Long id;

  private List<String> songs;
}
