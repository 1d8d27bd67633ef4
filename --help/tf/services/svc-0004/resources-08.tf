resource "aws_s3_bucket" "r8_0" {
  name = "${local.name}-8-0"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 99293 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r8_1" {
  name = "${local.name}-8-1"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 15470 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r8_2" {
  name = "${local.name}-8-2"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 59882 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r8_3" {
  name = "${local.name}-8-3"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 9886 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r8_4" {
  name = "${local.name}-8-4"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 52001 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r8_5" {
  name = "${local.name}-8-5"
  tags = merge(local.tags, { part = "8" })
  description = "generated resource 40791 for benchmarks; mentions 0.0.0.0/0 only in text"
}

