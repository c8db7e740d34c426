package court

import "testing"

func TestScanWithContext(t *testing.T) {
	for _, tt := range []struct {
		name, text, ctx string
		want            []string
	}{
		{"site banner city", "鼓楼区法院召开会议,市中院副院长到会指导。", "福州法院网\n主办单位:福州市中级人民法院",
			[]string{"福州市鼓楼区人民法院", "福州市中级人民法院"}},
		{"other city", "鼓楼区法院召开会议,市中院副院长到会。", "徐州法院网",
			[]string{"徐州市鼓楼区人民法院", "徐州市中级人民法院"}},
		{"address skipped, text first", "晋中中院召开会议,市中院院长出席。", "版权所有:山西省高级人民法院 地址:太原市迎泽区府东街",
			[]string{"晋中市中级人民法院", "晋中市中级人民法院"}},
		{"numbered court of a municipality", "3月1日,五中院召开会议,渝中区法院设分会场。", "重庆市第五中级人民法院",
			[]string{"重庆市第五中级人民法院", "重庆市渝中区人民法院"}},
		{"numbered court, text context", "北京市朝阳区法院和二中院", "",
			[]string{"北京市朝阳区人民法院", "北京市第二中级人民法院"}},
		{"no context, ambiguous", "鼓楼区法院召开会议。", "", nil},
		// a basic court's own pages call it 区法院/县法院
		{"bare 区法院, page source", "区法院党组书记、院长张三作工作报告,听取区法院报告。", "来源:长沙市岳麓区人民法院",
			[]string{"长沙市岳麓区人民法院", "长沙市岳麓区人民法院"}},
		{"bare 区法院, district named in text", "岳麓区第十七届人大常委会召开会议,区法院院长出席。", "长沙法院网",
			[]string{"长沙市岳麓区人民法院"}},
		{"bare 县法院, page source", "县法院召开会议。", "来源:江西省安远县人民法院",
			[]string{"安远县人民法院"}},
		{"bare 区法院, two districts", "区法院召开会议。", "福州市鼓楼区人民法院 福州市台江区人民法院", nil},
		{"bare 市法院 needs the page", "石首市人民法院院长出席,市法院召开会议。", "荆州法院网",
			[]string{"石首市人民法院"}},
		{"bare 市法院, page names the city", "市法院召开会议。", "醴陵市人民法院", []string{"醴陵市人民法院"}},
		{"zone court", "平潭法院、平潭综合实验区人民法院", "",
			[]string{"平潭综合实验区人民法院", "平潭综合实验区人民法院"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ms := ScanWithContext(tt.text, tt.ctx)
			var got []string
			for _, m := range ms {
				got = append(got, m.Court.Name)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}
