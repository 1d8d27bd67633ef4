resource "aws_iam_role" "r4_0" {
  name = "${local.name}-4-0"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 38811 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r4_1" {
  name = "${local.name}-4-1"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 194 for benchmarks; mentions 0.0.0.0/0 only in text"
}

