package transport

import (
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// rulesWithoutSuggestions is the default validation rule set with every rule
// that appends "Did you mean …?" swapped for its silent twin. Suggestions
// spell out field, argument, type and enum names, so in production (where
// introspection is off) they would leak the schema piece by piece.
// gqlgen's SetDisableSuggestion covers FieldsOnCorrectType and ScalarLeafs;
// this covers the other three.
func rulesWithoutSuggestions() *rules.Rules {
	r := rules.NewDefaultRules()
	for _, rule := range []struct {
		name   string
		silent core.Rule
	}{
		{rules.KnownArgumentNamesRule.Name, rules.KnownArgumentNamesRuleWithoutSuggestions},
		{rules.KnownTypeNamesRule.Name, rules.KnownTypeNamesRuleWithoutSuggestions},
		{rules.ValuesOfCorrectTypeRule.Name, rules.ValuesOfCorrectTypeRuleWithoutSuggestions},
	} {
		r.RemoveRule(rule.name)
		r.AddRule(rule.silent.Name, rule.silent.RuleFunc)
	}
	return r
}
