package com.example.types;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/** Every basic type Hibernate maps, with the annotations that change its column. */
@Entity
public class BasicTypes {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String string;

  @Column(length = 100)
  private String len100;

  @Column(length = 10485760)
  private String lenPgMax;

  @Column(length = 20000000)
  private String lenOverPgMax;

  @Lob private String lobString;

  @Column(columnDefinition = "text")
  private String colDefText;

  @Column(columnDefinition = "varchar(42) default 'x'")
  private String colDefFull;

  private char[] charArray;
  private char primChar;
  private Character wrapChar;
  private boolean primBoolean;
  private Boolean wrapBoolean;
  private byte primByte;
  private Byte wrapByte;
  private short primShort;
  private Short wrapShort;
  private int primInt;
  private Integer wrapInt;
  private long primLong;
  private Long wrapLong;
  private float primFloat;
  private Float wrapFloat;
  private double primDouble;
  private Double wrapDouble;

  @Column(precision = 10)
  private Double doubleP10;

  private BigDecimal bigDecimal;

  @Column(precision = 10, scale = 2)
  private BigDecimal money;

  @Column(precision = 10)
  private BigDecimal p10;

  @Column(scale = 4)
  private BigDecimal scaleOnly;

  private BigInteger bigInteger;

  @Column(precision = 12)
  private BigInteger bigIntegerP12;

  private UUID uuid;
  private byte[] bytes;

  @Column(length = 50)
  private byte[] bytesLen50;

  @Lob private byte[] lobBytes;
  private java.sql.Blob blob;
  private java.sql.Clob clob;
  private LocalDate localDate;
  private LocalTime timeOfDay;
  private LocalDateTime localDateTime;
  private Instant instant;
  private OffsetDateTime offsetDateTime;
  private ZonedDateTime zonedDateTime;
  private OffsetTime offsetTime;
  private java.sql.Date sqlDate;
  private java.sql.Time sqlTime;
  private java.sql.Timestamp sqlTimestamp;

  @Temporal(TemporalType.DATE)
  private Date utilDateAsDate;

  @Temporal(TemporalType.TIME)
  private Date utilDateAsTime;

  @Temporal(TemporalType.TIMESTAMP)
  private Date utilDateAsTimestamp;

  private Date utilDateNoTemporal;

  @Temporal(TemporalType.DATE)
  private Calendar calendarDate;

  @Temporal(TemporalType.TIMESTAMP)
  private Calendar calendarTimestamp;

  private Duration duration;
  private Year year;
  private URL url;
  private Locale locale;
  private TimeZone timeZone;
  private ZoneId zoneId;
  private Currency currency;
  private ZoneOffset zoneOffset;
  private Class<?> clazz;
  private Payload serializable;
  private Color defaultColor;

  @Enumerated(EnumType.ORDINAL)
  private Color ordinalColor;

  @Enumerated(EnumType.STRING)
  private Color stringColor;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Color stringColorLen10;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Color requiredStringColor;

  @Basic(optional = false)
  private String basicNotOptional;

  @Column(nullable = false)
  private String notNullString;

  @Column(unique = true)
  private String uniqueString;

  @Column(nullable = false, unique = true)
  private String uniqueNotNull;

  @Column(name = "custom_name")
  private String renamed;

  @Column private int primWithColumn;

  @Column(nullable = false)
  private int primWithColumnNotNull;

  @Basic private int primWithBasic;

  @Column(nullable = false)
  private Integer notNullWrapper;

  @Column(insertable = false, updatable = false)
  private String readOnly;

  @ColumnDefault("'draft'")
  private String withDefault;

  @ColumnDefault("42")
  @Column(nullable = false)
  private int answer;

  @Transient private String ignored;
  private transient String alsoIgnored;
  private static String constant;
}
