resource "aws_cloudwatch_log_group" "r2_0" {
  name = "${local.name}-2-0"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 16659 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r2_1" {
  name = "${local.name}-2-1"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 3786 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r2_2" {
  name = "${local.name}-2-2"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 44479 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r2_3" {
  name = "${local.name}-2-3"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 37365 for benchmarks; mentions 0.0.0.0/0 only in text"
}

