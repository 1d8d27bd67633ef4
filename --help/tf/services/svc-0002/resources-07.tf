resource "aws_cloudwatch_log_group" "r7_0" {
  name = "${local.name}-7-0"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 62049 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r7_1" {
  name = "${local.name}-7-1"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 92896 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r7_2" {
  name = "${local.name}-7-2"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 14593 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r7_3" {
  name = "${local.name}-7-3"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 60426 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r7_4" {
  name = "${local.name}-7-4"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 66599 for benchmarks; mentions 0.0.0.0/0 only in text"
}

