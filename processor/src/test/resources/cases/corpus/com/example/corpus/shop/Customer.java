package com.example.corpus.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Customer {
  @Id @GeneratedValue private Long id;
  private String name;

  @Embedded private Address home;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "work_street")),
    @AttributeOverride(name = "city", column = @Column(name = "work_city", nullable = false)),
    @AttributeOverride(name = "zip", column = @Column(name = "work_zip"))
  })
  private Address work;

  @Embedded private GeoPoint location;

  @Embedded
  @AttributeOverride(name = "email", column = @Column(name = "contact_email"))
  @AttributeOverride(name = "address.street", column = @Column(name = "contact_street"))
  @AttributeOverride(name = "address.city", column = @Column(name = "contact_city"))
  @AttributeOverride(name = "address.zip", column = @Column(name = "contact_zip"))
  private Contact contact;

  @ElementCollection private Set<String> nicknames;

  @ElementCollection private List<String> aliases;

  @ElementCollection @OrderColumn private List<String> orderedNotes;

  @ElementCollection private Map<String, Integer> scores;

  @ElementCollection
  @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "owner_id"))
  @Column(name = "phone", length = 30)
  private List<String> phones;

  @ElementCollection private Set<Address> previousAddresses;

  @ElementCollection private List<Address> otherAddresses;

  @ElementCollection private Set<Color> favoriteColors;

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Color, String> colorNames;

  @ElementCollection
  @MapKeyColumn(name = "attr_key")
  @Column(name = "attr_value")
  private Map<String, String> attributes;
}
