resource "aws_dynamodb_table" "r21_0" {
  name = "${local.name}-21-0"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 42758 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r21_1" {
  name = "${local.name}-21-1"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 88077 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r21_2" {
  name = "${local.name}-21-2"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 48610 for benchmarks; mentions 0.0.0.0/0 only in text"
}

