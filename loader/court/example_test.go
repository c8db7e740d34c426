package court_test

import (
	"fmt"

	"courtql/loader/court"
)

func ExampleScan() {
	for _, m := range court.Scan("云南高院召开座谈会。省高院副院长到元阳县法院调研,參觀了金華中院。") {
		fmt.Println(m.Start, m.End, m.Text, m.Court.Name, m.Court.Level, m.Court.Parent)
	}
	// Output:
	// 0 4 云南高院 云南省高级人民法院 HIGH 最高人民法院
	// 10 13 省高院 云南省高级人民法院 HIGH 最高人民法院
	// 17 22 元阳县法院 元阳县人民法院 BASIC 红河哈尼族彝族自治州中级人民法院
	// 28 32 金華中院 金华市中级人民法院 INTERMEDIATE 浙江省高级人民法院
}

func ExampleLookup() {
	c, ok := court.Lookup("延边州中院")
	fmt.Println(c.Name, c.Province, c.City, ok)
	// Output: 延边朝鲜族自治州中级人民法院 吉林省 延边朝鲜族自治州 true
}
