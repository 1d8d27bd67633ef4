resource "aws_dynamodb_table" "r16_0" {
  name = "${local.name}-16-0"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 25571 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r16_1" {
  name = "${local.name}-16-1"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 633 for benchmarks; mentions 0.0.0.0/0 only in text"
}

