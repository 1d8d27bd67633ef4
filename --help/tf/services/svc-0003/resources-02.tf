resource "aws_cloudwatch_log_group" "r2_0" {
  name = "${local.name}-2-0"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 27102 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r2_1" {
  name = "${local.name}-2-1"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 4488 for benchmarks; mentions 0.0.0.0/0 only in text"
}

