package main

// The queries the bench sends; the nested one is issue 7's benchmark query.

const nestedQuery = `{ meetings(first: 20) { edges { node { name date kind host { name } courts { name }
  attendances { roles titles speaker { name } }
  directives(first: 20) { edges { node { text ordinal speaker { name } } } }
  statistics(first: 20) { edges { node { metric value unit } } } } } } }`

const searchQuery = `query($q: String!) { search(query: $q, first: 10) { totalCount
  edges { score snippet node { __typename ... on Meeting { name } ... on Directive { text } } } } }`

// searchTerms rotate so one cached plan or page cannot stand for all searches.
var searchTerms = []string{"执行难", "审判质效", "司法改革", "院长", "智慧法院", "受理案件", "党组", "扫黑除恶", "队伍建设", "结案"}

const pageQuery = `query($after: String) { meetings(first: 10, after: $after) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id name date } } } }`

const apqQuery = `{ meetings(first: 5) { totalCount edges { node { name date host { name } } } } }`

const ingestMutation = `mutation($in: IngestInput!) { ingestDocument(input: $in) {
  document { id source } meetings { name } } }`

const documentQuery = `query($id: ID!) { node(id: $id) { ... on Document { source } } }`

// peerQuery is the peer's Q3 (../shared/peer/queries/q3_postgraphile.graphql)
// with the number of courts chosen to match our response's size.
const peerQuery = `query Q3 { allCourtsList(first: %d, orderBy: ID_ASC) { id name
  meetingsByCourtIdList(first: 5, orderBy: [DATE_DESC, ID_ASC]) { id title kind date
    speakersByMeetingIdList(orderBy: ID_ASC) { id name titles } } } }`
