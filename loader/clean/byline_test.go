package clean

import (
	"strings"
	"testing"
)

// A transcript's byline and bracketed date under its headline are content.
func TestSpeechByline(t *testing.T) {
	raw := "首页 > 领导讲话\n在全市法院审判管理工作会议上的讲话\n锦州市中级人民法院党组书记、院长  李明\n(2023年1月12日)\n发布时间:2023-01-16 10:00\n\n同志们:\n这次会议很重要。"
	p := Clean(raw)
	if p.Title != "在全市法院审判管理工作会议上的讲话" {
		t.Errorf("title %q", p.Title)
	}
	if !strings.HasPrefix(p.Text, "锦州市中级人民法院党组书记、院长  李明\n(2023年1月12日)\n同志们:") {
		t.Errorf("text %q", p.Text)
	}
	if p.PublishedAt != "2023-01-16" {
		t.Errorf("date %q", p.PublishedAt)
	}
}
