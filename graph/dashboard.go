package graph

// MetricSummary is one metric and unit as reported across meetings.
type MetricSummary struct {
	Metric   string
	Unit     *string
	Count    int
	CourtIDs []uint `gorm:"-"`
}

// SeriesPoint is one value of a metric's time series.
type SeriesPoint struct {
	Date      *string
	Value     *float64
	Unit      *string
	MeetingID uint
}
