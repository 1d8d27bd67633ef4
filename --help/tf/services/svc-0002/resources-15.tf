resource "aws_cloudwatch_log_group" "r15_0" {
  name = "${local.name}-15-0"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 96728 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r15_1" {
  name = "${local.name}-15-1"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 43936 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r15_2" {
  name = "${local.name}-15-2"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 78291 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r15_3" {
  name = "${local.name}-15-3"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 79384 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r15_4" {
  name = "${local.name}-15-4"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 37830 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r15_5" {
  name = "${local.name}-15-5"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 76664 for benchmarks; mentions 0.0.0.0/0 only in text"
}

