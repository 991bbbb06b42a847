package com.example.corpus.misc;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

@Entity
@Check(constraints = "price >= 0")
public class Product {
  @Id @GeneratedValue private Long id;

  @Convert(converter = MoneyConverter.class)
  private Money price;

  private Temperature storageTemperature;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> attributes;

  @Formula("price * 2")
  private Long doublePrice;

  @NaturalId private String sku;

  @ColumnDefault("'new'")
  private String status;

  @NotNull private String name;

  @Size(max = 80)
  private String title;

  @Digits(integer = 8, fraction = 2)
  private BigDecimal weight;

  @Min(0)
  private int discount;

  @Max(5)
  private Integer rating;

  @NotBlank private String code;
}
