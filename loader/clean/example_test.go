package clean_test

import (
	"fmt"

	"courtql/loader/clean"
)

func ExampleClean() {
	p := clean.Clean("当前位置: 首页 > 法院动态\n绵阳中院召开全市法院执行工作推进会\n发布时间:2023-05-10 09:02:41 打印 字号: | |\n" +
		"5月9日,绵阳中院召开全市法院执行工作推进会。\n(图/赵一  文/钱二)\n责任编辑:孙三")
	fmt.Println(p.Title)
	fmt.Println(p.PublishedAt)
	fmt.Println(p.Text)
	// Output:
	// 绵阳中院召开全市法院执行工作推进会
	// 2023-05-10
	// 5月9日,绵阳中院召开全市法院执行工作推进会。
}
