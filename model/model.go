// Package model holds courtql's domain types: courts, documents, meetings,
// speakers, attendances, directives, statistics and keywords. It imports only
// the standard library; GORM reads its settings from the struct tags.
package model

import "time"

// CourtLevel is a court's place in the hierarchy, as the API's CourtLevel enum.
type CourtLevel string

// Court levels.
const (
	LevelSupreme      CourtLevel = "SUPREME"
	LevelHigh         CourtLevel = "HIGH"
	LevelIntermediate CourtLevel = "INTERMEDIATE"
	LevelBasic        CourtLevel = "BASIC"
	LevelTribunal     CourtLevel = "TRIBUNAL"
	LevelSpecialized  CourtLevel = "SPECIALIZED"
	LevelUnknown      CourtLevel = "UNKNOWN"
)

// Role is a normalised part a speaker plays at a meeting.
type Role string

// Roles, as the gold annotation normalises them.
const (
	RoleSpeech   Role = "讲话"
	RoleChair    Role = "主持"
	RoleSummary  Role = "总结"
	RoleReport   Role = "通报"
	RoleRelay    Role = "传达"
	RoleExchange Role = "交流发言"
	RoleAttend   Role = "出席"
)

// Court is one court, whatever forms the texts use for it.
type Court struct {
	ID        uint         `gorm:"primaryKey"`
	UID       string       `gorm:"uniqueIndex;size:32;not null"`
	Name      string       `gorm:"uniqueIndex;not null;index:idx_courts_level_name,priority:2;index:idx_courts_province_name,priority:2;index:idx_courts_city_name,priority:2"`
	Level     CourtLevel   `gorm:"index;size:16;not null;index:idx_courts_level_name,priority:1"`
	Province  *string      `gorm:"index;index:idx_courts_province_name,priority:1"`
	City      *string      `gorm:"index;index:idx_courts_city_name,priority:1"`
	ParentID  *uint        `gorm:"index"`
	Parent    *Court       `gorm:"constraint:OnDelete:SET NULL"`
	Aliases   []CourtAlias `gorm:"constraint:OnDelete:CASCADE"`
	CreatedAt time.Time
}

// CourtAlias is another form a text used for a court (云南高院, 省高院).
type CourtAlias struct {
	ID      uint   `gorm:"primaryKey"`
	CourtID uint   `gorm:"uniqueIndex:idx_court_alias;not null"`
	Alias   string `gorm:"uniqueIndex:idx_court_alias;not null"`
}

// Document is one loaded text file.
type Document struct {
	ID          uint   `gorm:"primaryKey"`
	UID         string `gorm:"uniqueIndex;size:32;not null"`
	Source      string `gorm:"uniqueIndex;not null"`
	Hash        string `gorm:"size:64;not null"`
	Title       *string
	PublishedAt *string `gorm:"size:10"`
	Text        string  `gorm:"not null"`
	LoadedAt    time.Time
}

// Meeting is one meeting reported by a document.
type Meeting struct {
	ID         uint      `gorm:"primaryKey"`
	UID        string    `gorm:"uniqueIndex;size:32;not null"`
	DocumentID uint      `gorm:"index;not null"`
	Document   *Document `gorm:"constraint:OnDelete:CASCADE"`
	Seq        int       `gorm:"not null"`
	Title      *string
	Name       string  `gorm:"index;not null;index:idx_meetings_host_name,priority:2;index:idx_meetings_kind_name,priority:2"`
	Kind       string  `gorm:"index;not null;index:idx_meetings_kind_date,priority:1;index:idx_meetings_kind_name,priority:1"`
	Date       *string `gorm:"index;size:10;index:idx_meetings_date_key,expression:COALESCE(date\\,'');index:idx_meetings_host_date,priority:2,expression:COALESCE(date\\,'');index:idx_meetings_kind_date,priority:2,expression:COALESCE(date\\,'')"`
	DateText   *string
	HostID     *uint  `gorm:"index;index:idx_meetings_host_date,priority:1;index:idx_meetings_host_name,priority:1"`
	Host       *Court `gorm:"constraint:OnDelete:SET NULL"`
}

// MeetingCourt links a meeting to a court taking part in it.
type MeetingCourt struct {
	MeetingID uint `gorm:"primaryKey;autoIncrement:false"`
	CourtID   uint `gorm:"primaryKey;autoIncrement:false;index"`
	Seq       int
	Meeting   *Meeting `gorm:"constraint:OnDelete:CASCADE"`
	Court     *Court   `gorm:"constraint:OnDelete:CASCADE"`
}

// Speaker is one person, identified by name and court.
type Speaker struct {
	ID      uint   `gorm:"primaryKey"`
	UID     string `gorm:"uniqueIndex;size:32;not null"`
	Name    string `gorm:"index;not null"`
	CourtID *uint  `gorm:"index"`
	Court   *Court `gorm:"constraint:OnDelete:SET NULL"`
}

// Attendance is one speaker at one meeting. Roles and Titles are stored as
// "、"-joined lists because they are read whole and never queried by element.
type Attendance struct {
	ID        uint     `gorm:"primaryKey"`
	MeetingID uint     `gorm:"index;not null;index:idx_attendances_meeting_seq,priority:1;index:idx_attendances_meeting_speaker,priority:1"`
	SpeakerID uint     `gorm:"index;not null;index:idx_attendances_meeting_speaker,priority:2"`
	Seq       int      `gorm:"index:idx_attendances_meeting_seq,priority:2"`
	Meeting   *Meeting `gorm:"constraint:OnDelete:CASCADE"`
	Speaker   *Speaker `gorm:"constraint:OnDelete:CASCADE"`
	Roles     string
	Titles    string
	SpanStart int
	SpanEnd   int
}

// Directive is an instruction issued at a meeting.
type Directive struct {
	ID        uint     `gorm:"primaryKey"`
	UID       string   `gorm:"uniqueIndex;size:32;not null"`
	MeetingID uint     `gorm:"index;not null;index:idx_directives_meeting_seq,priority:1"`
	Meeting   *Meeting `gorm:"constraint:OnDelete:CASCADE"`
	SpeakerID *uint    `gorm:"index"`
	Speaker   *Speaker `gorm:"constraint:OnDelete:SET NULL"`
	Seq       int      `gorm:"index:idx_directives_meeting_seq,priority:2"`
	Ordinal   *int
	Text      string  `gorm:"not null"`
	Topic     *string `gorm:"index"`
	SpanStart int
	SpanEnd   int
}

// Statistic is a reported figure.
type Statistic struct {
	ID         uint     `gorm:"primaryKey"`
	UID        string   `gorm:"uniqueIndex;size:32;not null"`
	MeetingID  uint     `gorm:"index;not null;index:idx_statistics_meeting_seq,priority:1"`
	Meeting    *Meeting `gorm:"constraint:OnDelete:CASCADE"`
	Seq        int      `gorm:"index:idx_statistics_meeting_seq,priority:2"`
	Metric     string   `gorm:"index;not null"`
	Value      *float64
	Unit       *string `gorm:"index"`
	Period     *string
	Scope      *string
	Change     *float64
	ChangeUnit *string
	ChangeRate *float64
	Redacted   bool   `gorm:"index;not null"`
	Text       string `gorm:"not null"`
	SpanStart  int
	SpanEnd    int
}

// Keyword is a weighted word of a meeting (DirectiveID nil) or of a directive.
type Keyword struct {
	ID          uint       `gorm:"primaryKey"`
	MeetingID   uint       `gorm:"not null;index:idx_keywords_meeting_seq,priority:1"`
	Meeting     *Meeting   `gorm:"constraint:OnDelete:CASCADE"`
	DirectiveID *uint      `gorm:"index:idx_keywords_directive_seq,priority:1;index:idx_keywords_word_directive,priority:2"`
	Directive   *Directive `gorm:"constraint:OnDelete:CASCADE"`
	Word        string     `gorm:"not null;index:idx_keywords_word_directive,priority:1"`
	Weight      float64
	Seq         int `gorm:"index:idx_keywords_meeting_seq,priority:2;index:idx_keywords_directive_seq,priority:2"`
}

// All lists every model for migration, parents before children.
func All() []any {
	return []any{&Court{}, &CourtAlias{}, &Document{}, &Meeting{}, &MeetingCourt{},
		&Speaker{}, &Attendance{}, &Directive{}, &Statistic{}, &Keyword{}}
}
