resource "aws_cloudwatch_log_group" "r13_0" {
  name = "${local.name}-13-0"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 75171 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r13_1" {
  name = "${local.name}-13-1"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 18336 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r13_2" {
  name = "${local.name}-13-2"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 82196 for benchmarks; mentions 0.0.0.0/0 only in text"
}

